//! mistake: the element `l.trim()` borrows each owned `String` line of the stream, which is dropped after its iteration
//! offending: l.trim()
//! category: ownership
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lines = stream::iter(vec![" GET /a ".to_string(), "POST /b\n".to_string()]);
    let cleaned: Vec<&str> = acomp![l.trim() async for l in lines];
    println!("{cleaned:?}");
}
