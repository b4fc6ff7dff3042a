//! mistake: awaits each item of a stream of `Result`s (`r.await?`), as if the stream yielded futures
//! offending: r.await
//! category: async
use futures::stream::{self, Stream, StreamExt};

#[derive(Debug)]
struct Row {
    id: u32,
}

fn rows() -> impl Stream<Item = Result<Row, String>> {
    stream::iter(vec![Ok(Row { id: 1 }), Ok(Row { id: 2 })])
}

async fn ids() -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    let mut s = std::pin::pin!(rows());
    while let Some(r) = s.next().await {
        out.push(r.await?.id);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", ids().await);
}
