//! mistake: a non-`Clone` `Session` passed by value to every concurrent item (Python shares the session object)
//! offending: download(session, u)
//! category: ownership
use comprehensions::acomp;
use std::time::Duration;

struct Session {
    token: String,
}

async fn download(session: Session, url: &str) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    session.token.len() + url.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let session = Session { token: "secret".to_string() };
    let urls = vec!["/a".to_string(), "/b".to_string(), "/c".to_string()];
    let sizes = acomp![download(session, u).await for u in &urls; concurrency = 4];
    println!("{sizes:?}");
}
