//! mistake: returned a lazy `acomp!` stream that tags each line with a `prefix` parameter, without `move`, so the stream borrows `prefix`
//! offending: |l| format!("{prefix}{l}")
//! category: async
use futures::stream::{self, Stream, StreamExt};

fn tag_lines(lines: impl Stream<Item = String> + Unpin, prefix: String) -> impl Stream<Item = String> {
    lines.map(|l| format!("{prefix}{l}"))
}

async fn run() {
    let lines = stream::iter(vec!["disk full".to_string(), "started".to_string()]);
    let tagged: Vec<String> = tag_lines(lines, "[web01] ".to_string()).collect().await;
    println!("{tagged:?}");
}

fn main() {
    futures::executor::block_on(run());
}
