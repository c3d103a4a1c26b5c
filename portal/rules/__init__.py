"""The rules: who may do what (access, sign-in and its throttle), the workflows of requests, tickets,
verifications and cancellations, invoice intake and sync, and bulk matching. Below the HTTP room."""
