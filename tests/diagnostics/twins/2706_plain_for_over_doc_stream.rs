//! mistake: iterated a stream of crawled documents with plain `for` instead of `async for`
//! offending: in doc_stream
//! category: async

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
    let mut ids: Vec<u32> = Vec::new();
    for d in doc_stream {
        if !d.body.is_empty() {
            ids.push(d.id);
        }
    }
    println!("{ids:?}");
}
