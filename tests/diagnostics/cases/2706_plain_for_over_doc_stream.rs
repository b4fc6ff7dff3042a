//! mistake: iterated a stream of crawled documents with plain `for` instead of `async for`
//! offending: in doc_stream
//! category: async
use comprehensions::acomp;

struct Doc {
    id: u32,
    body: String,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let doc_stream = futures::stream::iter(vec![
        Doc { id: 1, body: "rust search".into() },
        Doc { id: 2, body: String::new() },
    ]);
    let ids: Vec<u32> = acomp![d.id for d in doc_stream if !d.body.is_empty()];
    println!("{ids:?}");
}
