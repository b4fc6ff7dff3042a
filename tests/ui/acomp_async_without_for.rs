use comprehensions::acomp;

async fn run() {
    let _ = acomp![x async x in futures::stream::iter(vec![1, 2])];
}

fn main() {}
