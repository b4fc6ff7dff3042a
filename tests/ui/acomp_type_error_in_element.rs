use comprehensions::acomp;

async fn double(x: i32) -> i32 { x * 2 }

async fn run() {
    let _ = acomp![double(x).await for x in ["1", "2"]];
}

fn main() {}
