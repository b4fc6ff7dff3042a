use comprehensions::acomp;

async fn handle(message: &str) -> usize {
    message.len()
}

async fn run() {
    let xs = vec![1, 2, 3];
    let _ = acomp![x * 2 async for x in xs];
    // One error: the loop's items are still the `Vec`'s `String`s (see
    // `acomp_plain_for_over_stream`).
    let inbox = vec!["hello".to_string()];
    let _ = acomp![handle(&m).await async for m in inbox];
}

fn main() {}
