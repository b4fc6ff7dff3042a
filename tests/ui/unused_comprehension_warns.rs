// A comprehension evaluated for its elements' effects warns, as the loop or
// the `.map(..).collect()` by hand does: `comp!` and an eager `acomp!`.
#![deny(unused_must_use)]
use comprehensions::{acomp, comp};

async fn send(msg: &str) -> Result<(), String> {
    if msg.is_empty() {
        Err("empty".to_string())
    } else {
        Ok(())
    }
}

fn log(x: &i32) {
    println!("{x}");
}

async fn run(msgs: Vec<&str>, xs: Vec<i32>) {
    comp![log(x) for x in &xs];
    acomp![send(m).await for m in msgs];
    acomp![send(m).await for m in ["a"]; concurrency = 2];
}

fn main() {
    let _ = run;
}
