//! mistake: set each shipment's `delivered_at` while iterating `&shipments`
//! offending: s.delivered_at = Some(now)
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Shipment {
    tracking: String,
    delivered_at: Option<u64>,
}

fn shipments() -> Vec<Shipment> {
    vec![
        Shipment { tracking: "1Z999AA10123456784".to_string(), delivered_at: None },
        Shipment { tracking: "JD014600006281230".to_string(), delivered_at: Some(1_700_000_000) },
    ]
}

fn main() {
    let all = shipments();
    let now = 1_700_000_500;
    let closed = comp![{ s.delivered_at = Some(now); s.tracking.len() } for s in &all if s.delivered_at.is_none()];
    println!("{closed:?}");
}
