//! mistake: used an eager `acomp!` in a plain (non-async) helper function
//! offending: acomp![render(a).await for a in appts]
//! category: async
use comprehensions::acomp;
use std::time::Duration;

struct Appointment {
    patient: &'static str,
    hour: u8,
}

async fn render(a: &Appointment) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("{} at {}:00", a.patient, a.hour)
}

fn daily_sheet(appts: &[Appointment]) -> Vec<String> {
    acomp![render(a).await for a in appts]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let appts = vec![Appointment { patient: "Roe", hour: 8 }, Appointment { patient: "Poe", hour: 11 }];
    println!("{:?}", daily_sheet(&appts));
}
