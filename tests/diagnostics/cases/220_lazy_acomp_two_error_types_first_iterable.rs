//! mistake: a lazy `acomp!` with a `?` on the first iterable and one on the element, with two different error types
//! offending: fetch(&u).await?
//! category: try
use comprehensions::acomp;
use futures::StreamExt;

fn load(path: &str) -> Result<Vec<String>, std::io::Error> {
    Ok(vec![path.to_string()])
}

async fn fetch(url: &str) -> Result<usize, std::num::ParseIntError> {
    url.parse::<usize>()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut sizes = acomp!((fetch(&u).await? for u in load("urls.txt")?));
    while let Some(size) = sizes.next().await {
        println!("{size:?}");
    }
}
