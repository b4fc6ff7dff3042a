//! mistake: passed the owned auth token `String` by value to every request (Python passes the same `str` object each time)
//! offending: call(u, token)
//! category: ownership
async fn call(url: &str, token: String) -> usize {
    url.len() + token.len()
}

async fn run() {
    let token = String::from("Bearer secret");
    let urls = vec!["https://a.example", "https://b.example"];
    let mut replies = Vec::new();
    for u in &urls {
        replies.push(call(u, token).await);
    }
    println!("{replies:?}");
}

fn main() {
    futures::executor::block_on(run());
}
