//! mistake: the retry closure `move || fetch(u)` moves the captured String out, but retry calls it repeatedly (FnMut)
//! offending: fetch(u)
//! category: async
use futures::StreamExt;
use std::future::Future;

async fn retry<F, Fut>(mut op: F, attempts: u32) -> Result<String, String>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<String, String>>,
{
    let mut last = Err("no attempts".to_string());
    for _ in 0..attempts {
        last = op().await;
        if last.is_ok() {
            break;
        }
    }
    last
}

async fn fetch(url: String) -> Result<String, String> {
    if url.contains("flaky") {
        Err(format!("timeout: {url}"))
    } else {
        Ok(url)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["https://a.example".to_string(), "https://flaky.example".to_string()];
    let pages: Vec<_> = futures::stream::iter(urls)
        .map(|u| async move { retry(move || fetch(u), 3).await })
        .buffered(4)
        .collect()
        .await;
    println!("{pages:?}");
}
