//! mistake: under `concurrency`, a `?` on the first iterable and one on the items with two different error types
//! offending: fetch(&u).await?
//! category: try
use comprehensions::acomp;

fn load(path: &str) -> Result<Vec<String>, std::io::Error> {
    Ok(vec![path.to_string()])
}

async fn fetch(url: &str) -> Result<usize, std::num::ParseIntError> {
    url.parse::<usize>()
}

async fn sizes() -> Result<Vec<usize>, Box<dyn std::error::Error>> {
    let sizes = acomp![fetch(&u).await? for u in load("urls.txt")?; concurrency = 4]?;
    Ok(sizes)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", sizes().await.is_ok());
}
