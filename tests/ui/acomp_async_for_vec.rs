use comprehensions::acomp;

async fn run() {
    let xs = vec![1, 2, 3];
    let _ = acomp![x * 2 async for x in xs];
}

fn main() {}
