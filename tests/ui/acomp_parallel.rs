use comprehensions::acomp;

async fn run() -> Vec<i32> {
    acomp![x * 2 for x in 0..3; parallel]
}

fn main() {
    let _ = run();
}
