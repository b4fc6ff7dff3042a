//! mistake: iterated a stream of incoming notifications with plain `for` instead of `async for`
//! offending: incoming
//! category: async
use comprehensions::acomp;
use futures::stream;

struct Notification {
    text: String,
    urgent: bool,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let incoming = stream::iter(vec![
        Notification { text: "@bo liked your post".into(), urgent: false },
        Notification { text: "login from new device".into(), urgent: true },
    ]);
    let alerts = acomp![n.text for n in incoming if n.urgent];
    println!("{alerts:?}");
}
