//! mistake: used `?` on both the path parameter's `ParseIntError` and the database's `DbError` in one comprehension
//! offending: id.parse::<u64>()?
//! category: try
use comprehensions::acomp;
use std::num::ParseIntError;
use std::time::Duration;

#[derive(Debug)]
struct Order {
    id: u64,
    status: &'static str,
}

#[derive(Debug)]
enum DbError {
    NotFound(u64),
    Pool(String),
}

async fn fetch_order(id: u64) -> Result<Order, DbError> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    if id == 0 { Err(DbError::NotFound(id)) } else { Ok(Order { id, status: "shipped" }) }
}

async fn get_orders(path_ids: &[&str]) -> Result<Vec<Order>, DbError> {
    acomp![fetch_order(id.parse::<u64>()?).await? for id in path_ids]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let _unused: Option<ParseIntError> = None;
    let _also: DbError = DbError::Pool("timeout".to_string());
    println!("{:?}", get_orders(&["17", "23"]).await);
}
