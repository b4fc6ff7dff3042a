//! mistake: passed the non-`Clone` database pool by value to every route handler, as Python shares the object
//! offending: pool
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct DbPool {
    dsn: String,
    max_connections: u32,
}

#[derive(Debug)]
struct Handler {
    route: &'static str,
    pool: DbPool,
}

impl Handler {
    fn new(route: &'static str, pool: DbPool) -> Handler {
        Handler { route, pool }
    }
}

fn main() {
    let pool = DbPool { dsn: "postgres://app@db/app".to_string(), max_connections: 16 };
    let routes = ["/users", "/orders", "/invoices"];
    let handlers = comp![Handler::new(route, pool) for route in routes];
    println!("{handlers:?}");
}
