//! mistake: used an eager `acomp!` in a plain (non-async) helper function
//! offending: .await
//! category: async
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
    let mut out = Vec::new();
    for a in appts {
        out.push(render(a).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let appts = vec![Appointment { patient: "Roe", hour: 8 }, Appointment { patient: "Poe", hour: 11 }];
    println!("{:?}", daily_sheet(&appts));
}
