//! mistake: awaited argument evaluation inside a plain `map` closure in the element
//! offending: eval(a).await
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[derive(Debug, Clone)]
enum Value {
    Int(i64),
}

async fn eval(src: &str) -> Value {
    tokio::time::sleep(Duration::from_millis(1)).await;
    Value::Int(src.len() as i64)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let calls: Vec<Vec<&str>> = vec![vec!["1", "x + 2"], vec!["fib(10)"]];
    let evaluated = acomp![args.iter().map(|a| eval(a).await).collect::<Vec<Value>>() for args in &calls];
    println!("{evaluated:?}");
}
