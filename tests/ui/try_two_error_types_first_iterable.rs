// A `?` on the first iterable and one on the element with two error types:
// the SPEC's one message on a user's `?` in every form (eager, lazy, lazy
// `acomp!`, `concurrency`), never a mismatch inside the expansion.
use comprehensions::{acomp, comp};

fn load(path: &str) -> Result<Vec<String>, std::io::Error> {
    Ok(vec![path.to_string()])
}

async fn fetch(url: &str) -> Result<usize, std::num::ParseIntError> {
    url.parse::<usize>()
}

fn lazy() {
    let numbers = comp!((line.parse::<i64>()? for line in load("numbers.txt")?));
    let _ = numbers;
}

async fn concurrent() -> Result<Vec<usize>, Box<dyn std::error::Error>> {
    let sizes = acomp![fetch(&u).await? for u in load("urls.txt")?; concurrency = 4]?;
    Ok(sizes)
}

async fn lazy_concurrent() {
    let sizes = acomp!((fetch(&u).await? for u in load("urls.txt")?; concurrency = 4));
    let _ = sizes;
}

fn main() {
    lazy();
    let _ = concurrent();
    let _ = lazy_concurrent();
}
