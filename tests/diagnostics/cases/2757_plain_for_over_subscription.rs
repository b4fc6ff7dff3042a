//! mistake: iterated the telemetry subscription (a `Stream`) with a plain `for` instead of `async for`
//! offending: rx
//! category: async
use comprehensions::acomp;
use futures::channel::mpsc;

#[derive(Debug)]
struct Telemetry {
    topic: String,
    value: f64,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::unbounded::<Telemetry>();
    tx.unbounded_send(Telemetry { topic: "boiler/pressure".into(), value: 2.9 }).unwrap();
    tx.unbounded_send(Telemetry { topic: "boiler/pressure".into(), value: 3.6 }).unwrap();
    drop(tx);
    let overpressure = acomp![t.value for t in rx if t.value > 3.0 && t.topic.ends_with("pressure")];
    println!("{overpressure:?}");
}
