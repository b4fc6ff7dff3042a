use comprehensions::acomp;

async fn run() {
    let _ = acomp![x + await for x in 0..3];
}

fn main() {}
