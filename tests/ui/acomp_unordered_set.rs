use comprehensions::acomp;

async fn run() {
    let _ = acomp!({x * 2 for x in 0..3}; concurrency = 2, unordered);
}

fn main() {}
