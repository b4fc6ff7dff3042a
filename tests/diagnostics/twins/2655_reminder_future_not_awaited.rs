//! mistake: forgot to `.await` the async `send_reminder` call in the element
//! offending: send_reminder(a)
//! category: async
use std::time::Duration;

#[derive(Debug)]
struct Receipt {
    appointment_id: u32,
    delivered: bool,
}

struct Appointment {
    id: u32,
    phone: &'static str,
}

async fn send_reminder(a: &Appointment) -> Receipt {
    tokio::time::sleep(Duration::from_millis(2)).await;
    Receipt { appointment_id: a.id, delivered: !a.phone.is_empty() }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let appts = vec![Appointment { id: 1, phone: "+4412345" }, Appointment { id: 2, phone: "" }];
    let mut receipts: Vec<Receipt> = Vec::new();
    for a in &appts {
        receipts.push(send_reminder(a));
    }
    println!("{receipts:?}");
}
