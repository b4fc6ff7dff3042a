//! mistake: `.await` added after an eager `acomp!` with `concurrency`, as after `asyncio.gather(..)` (it is already awaited)
//! offending: ; concurrency = 4].await
//! category: async
use comprehensions::acomp;

async fn fetch(url: &str) -> Result<usize, String> {
    Ok(url.len())
}

async fn sizes(urls: &[&str]) -> Result<Vec<usize>, String> {
    let pages = acomp![fetch(u).await? for u in urls; concurrency = 4].await?;
    Ok(pages)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", sizes(&["http://a"]).await);
}
