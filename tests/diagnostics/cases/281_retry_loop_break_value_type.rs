//! mistake: a retry `loop` in the element whose `break` gives the `Result` instead of the page (`break r` for `break p`)
//! offending: break r
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str, attempt: u32) -> Result<String, String> {
    if attempt < 1 { Err("503".into()) } else { Ok(format!("<p>{url}</p>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    // Python: pages = [await retry(fetch, u) for u in urls]
    let pages: Vec<String> = acomp![{
        let mut attempt = 0;
        loop {
            let r = fetch(u, attempt).await;
            if r.is_ok() || attempt == 3 {
                break r;
            }
            attempt += 1;
        }
    } for u in &urls; concurrency = 2];
    println!("{pages:?}");
}
