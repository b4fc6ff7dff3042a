//! mistake: `concurrency = 4` with items that each move the outer `token: String` into a call taking it by value
//! offending: token
//! category: ownership
use comprehensions::acomp;

async fn get(token: String, url: &str) -> usize {
    token.len() + url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let token = String::from("secret");
    let urls = vec!["/a", "/b"];
    let sizes = acomp![get(token, u).await for u in &urls; concurrency = 4];
    println!("{sizes:?}");
}
