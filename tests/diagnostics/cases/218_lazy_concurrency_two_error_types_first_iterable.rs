//! mistake: in a lazy `concurrency` stream, a `?` on the first iterable and one on the items with two different error types
//! offending: load("urls.txt")?
//! category: try
use comprehensions::acomp;

fn load(path: &str) -> Result<Vec<String>, std::io::Error> {
    Ok(vec![path.to_string()])
}

async fn fetch(url: &str) -> Result<usize, std::num::ParseIntError> {
    url.parse::<usize>()
}

async fn sizes() -> Result<Vec<usize>, Box<dyn std::error::Error>> {
    let sizes: Vec<_> = futures::StreamExt::collect::<Vec<_>>(acomp!((fetch(&u).await? for u in load("urls.txt")?; concurrency = 4))).await;
    let sizes = sizes.into_iter().collect::<Result<Vec<usize>, _>>()?;
    Ok(sizes)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", sizes().await.is_ok());
}
