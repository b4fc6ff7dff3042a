//! mistake: selected undelivered shipments with Python's `is None`
//! offending: is None
//! category: python-habit
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
    let mut open = Vec::new();
    for s in &all {
        if s.delivered_at is None {
            open.push(s.tracking.as_str());
        }
    }
    println!("{open:?}");
}
