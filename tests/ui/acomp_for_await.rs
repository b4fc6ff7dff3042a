use comprehensions::acomp;
use futures::stream;

async fn run() {
    let events = stream::iter(vec!["open", "close"]);
    let _names = acomp![e.to_uppercase() for await e in events];
}

fn main() {
    drop(run());
}
