//! mistake: a retry `loop` whose `break` gives the `Result` instead of the page (hand-written, buffered)
//! offending: break r
use futures::StreamExt;

async fn fetch(url: &str, attempt: u32) -> Result<String, String> {
    if attempt < 1 { Err("503".into()) } else { Ok(format!("<p>{url}</p>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    let pages: Vec<String> = futures::stream::iter(&urls)
        .map(|u| async move {
            let mut attempt = 0;
            loop {
                let r = fetch(u, attempt).await;
                if r.is_ok() || attempt == 3 {
                    break r;
                }
                attempt += 1;
            }
        })
        .buffered(2)
        .collect()
        .await;
    println!("{pages:?}");
}
