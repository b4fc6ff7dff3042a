use comprehensions::acomp;

async fn run() {
    let _ = acomp![await x for x in 0..3];
}

fn main() {}
