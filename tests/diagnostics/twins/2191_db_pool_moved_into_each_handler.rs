//! mistake: passed the non-`Clone` database pool by value to every route handler, as Python shares the object
//! offending: pool
//! category: ownership

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
    let mut handlers = Vec::new();
    for route in routes {
        handlers.push(Handler::new(route, pool));
    }
    println!("{handlers:?}");
}
