// Two error types in one `concurrency` comprehension: the same message as
// without `concurrency`, on the second `?`.
use comprehensions::acomp;

#[derive(Debug)]
struct FetchError;

async fn fetch(u: &str) -> Result<String, FetchError> {
    Ok(u.len().to_string())
}

async fn sizes(urls: Vec<&str>) -> Result<Vec<i32>, FetchError> {
    acomp![fetch(u).await?.parse::<i32>()? for u in urls; concurrency = 4]
}

fn main() {
    let _ = sizes(vec!["a"]);
}
