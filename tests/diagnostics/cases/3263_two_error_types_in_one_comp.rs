//! mistake: mixed a `MenuError` `?` into a comprehension whose error type is `ParseIntError` (no `From`)
//! offending: find_dish(menu, code)?
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

#[derive(Debug)]
struct MenuError(String);

struct Dish {
    code: &'static str,
    price_cents: u32,
}

fn find_dish<'m>(menu: &'m [Dish], code: &str) -> Result<&'m Dish, MenuError> {
    menu.iter().find(|d| d.code == code).ok_or_else(|| MenuError(code.to_string()))
}

fn price_lines(menu: &[Dish], raw: &[(&str, &str)]) -> Result<Vec<u32>, ParseIntError> {
    comp![find_dish(menu, code)?.price_cents * qty.parse::<u32>()? for &(code, qty) in raw]
}

fn main() {
    let menu = [Dish { code: "P1", price_cents: 1150 }, Dish { code: "S3", price_cents: 450 }];
    println!("{:?}", price_lines(&menu, &[("P1", "2"), ("S3", "1")]));
}
