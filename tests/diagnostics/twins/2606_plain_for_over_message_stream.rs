//! mistake: iterated the stream of incoming LSP messages with a plain `for` instead of `while let .. .next().await`
//! offending: incoming
//! category: async
use futures::stream;

struct Message {
    method: String,
    id: Option<u64>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let incoming = stream::iter(vec![
        Message { method: "initialize".into(), id: Some(1) },
        Message { method: "textDocument/didOpen".into(), id: None },
        Message { method: "textDocument/hover".into(), id: Some(2) },
    ]);
    let mut requests = Vec::new();
    for m in incoming {
        if let Some(id) = m.id {
            requests.push((m.method, id));
        }
    }
    println!("{} requests", requests.len());
}
