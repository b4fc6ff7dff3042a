use comprehensions::acomp;

async fn run() {
    let n = 5;
    let _ = acomp![x * 2 for x in n];
}

fn main() {
    let _ = run();
}
