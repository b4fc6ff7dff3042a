//! mistake: wrote JavaScript's `for await` instead of `async for` over the message stream
//! offending: for await
//! category: syntax
use futures::stream;

async fn handle(msg: String) -> usize {
    msg.len()
}

async fn run() {
    let inbox = stream::iter(vec!["hi".to_string(), "ping".to_string()]);
    let mut handled = Vec::new();
    for await m in inbox {
        handled.push(handle(m).await);
    }
    println!("{handled:?}");
}

fn main() {
    futures::executor::block_on(run());
}
