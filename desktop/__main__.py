from desktop.app.main import main

raise SystemExit(main())
