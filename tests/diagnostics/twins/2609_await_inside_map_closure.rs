//! mistake: awaited argument evaluation inside a plain `map` closure
//! offending: eval(a).await
//! category: async
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
    let mut evaluated = Vec::new();
    for args in &calls {
        evaluated.push(args.iter().map(|a| eval(a).await).collect::<Vec<Value>>());
    }
    println!("{evaluated:?}");
}
