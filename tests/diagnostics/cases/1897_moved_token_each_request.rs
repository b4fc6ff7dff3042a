//! mistake: passed the owned auth token `String` by value to every request (Python passes the same `str` object each time)
//! offending: call(u, token)
//! category: ownership
use comprehensions::acomp;

async fn call(url: &str, token: String) -> usize {
    url.len() + token.len()
}

async fn run() {
    let token = String::from("Bearer secret");
    let urls = vec!["https://a.example", "https://b.example"];
    let replies = acomp![call(u, token).await for u in &urls];
    println!("{replies:?}");
}

fn main() {
    futures::executor::block_on(run());
}
