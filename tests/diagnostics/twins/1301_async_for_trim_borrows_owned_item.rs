//! mistake: `l.trim()` pushed borrows each owned `String` line of the stream, which is dropped after its iteration
//! offending: l.trim()
//! category: ownership
use futures::stream;
use futures::StreamExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut lines = stream::iter(vec![" GET /a ".to_string(), "POST /b\n".to_string()]);
    let mut cleaned: Vec<&str> = Vec::new();
    while let Some(l) = lines.next().await {
        cleaned.push(l.trim());
    }
    println!("{cleaned:?}");
}
