//! mistake: used a plain `for` over a stream of firewall events instead of `async for`
//! offending: events
//! category: async
use comprehensions::acomp;
use futures::stream;

#[derive(Debug)]
struct FwEvent {
    src: &'static str,
    action: &'static str,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events = stream::iter(vec![
        FwEvent { src: "45.9.148.3", action: "DROP" },
        FwEvent { src: "10.0.0.4", action: "ACCEPT" },
    ]);
    let drops = acomp![ev.src for ev in events if ev.action == "DROP"];
    println!("{drops:?}");
}
