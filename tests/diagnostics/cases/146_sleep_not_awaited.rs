//! mistake: calling `tokio::time::sleep(..)` without `.await` inside an `acomp!` element
//! offending: sleep(Duration::from_millis(5))
//! category: lint
use comprehensions::acomp;
use tokio::time::{sleep, Duration};

async fn poll(id: u32) -> u32 {
    id * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2];
    let results = acomp![{ sleep(Duration::from_millis(5)); poll(id).await } for id in ids];
    println!("{results:?}");
}
