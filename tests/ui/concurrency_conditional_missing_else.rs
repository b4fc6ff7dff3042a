// Python's conditional as the `concurrency` value without its `else`.
use comprehensions::acomp;

async fn check(p: u16) -> bool {
    p % 2 == 0
}

async fn run(fast: bool) {
    let ports = vec![22, 80];
    let _ = acomp![(p, check(p).await) for p in ports; concurrency = 16 if fast];
}

fn main() {
    let _ = run;
}
