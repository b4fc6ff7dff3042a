//! mistake: deduplicated retried requests by idempotency key with a `seen` set declared without `mut`
//! offending: seen.insert
//! category: ownership
use std::collections::HashSet;

struct PaymentRequest {
    idempotency_key: String,
    amount_cents: u64,
}

fn main() {
    let incoming = vec![
        PaymentRequest { idempotency_key: "k-1".to_string(), amount_cents: 500 },
        PaymentRequest { idempotency_key: "k-1".to_string(), amount_cents: 500 },
        PaymentRequest { idempotency_key: "k-2".to_string(), amount_cents: 1_200 },
    ];
    let seen = HashSet::new();
    let mut to_charge = Vec::new();
    for p in &incoming {
        if seen.insert(p.idempotency_key.as_str()) {
            to_charge.push(p.amount_cents);
        }
    }
    println!("{to_charge:?}");
}
