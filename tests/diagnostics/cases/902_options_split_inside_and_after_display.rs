//! mistake: the options are split, `unordered` inside the lazy display and `concurrency` after it
//! offending: concurrency = 4
//! category: syntax
use comprehensions::acomp;
use futures::StreamExt;

async fn probe(port: u16) -> (u16, bool) {
    (port, port % 2 == 0)
}

async fn run(ports: Vec<u16>) {
    let mut open = acomp!((probe(p).await for p in ports; unordered); concurrency = 4);
    while let Some((port, up)) = open.next().await {
        println!("{port}: {up}");
    }
}

fn main() {
    futures::executor::block_on(run(vec![22, 80]));
}
