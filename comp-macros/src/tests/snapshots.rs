//! Snapshot tests of the pretty-printed expansion of each form, so that a
//! change in generated code shows in review. Update with
//! `INSTA_UPDATE=always cargo test -p comp-macros` and read the diff.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Flavor;
use crate::expand::expand;

/// The expansion of `body` as `comp::comp!(body)` would produce it, pretty-printed.
fn pretty(flavor: Flavor, body: TokenStream) -> String {
    let expansion = expand(quote!((::comp) #body), flavor);
    let file: syn::File = syn::parse_quote! {
        fn expansion() {
            let _ = #expansion;
        }
    };
    prettyplease::unparse(&file)
}

macro_rules! snapshot {
    ($name:ident, $flavor:ident, $($body:tt)*) => {
        #[test]
        fn $name() {
            let body = quote!($($body)*);
            let description = body.to_string();
            insta::assert_snapshot!(stringify!($name), pretty(Flavor::$flavor, body), &description);
        }
    };
}

// comp!
snapshot!(list_map, Sync, [x * 2 for x in xs]);
snapshot!(list_filter, Sync, [x * 2 for x in xs if x > 0]);
snapshot!(list_filter_borrowed, Sync, [t.plays for t in &tracks if t.active]);
snapshot!(list_filter_iter_method, Sync, [e.failures for e in endpoints.iter() if e.up]);
snapshot!(bare_nested_dependent, Sync, x + y for x in xs for y in 0..x if (x + y) % 2 == 0);
snapshot!(set_map, Sync, {x % 3 for x in xs});
snapshot!(set_try, Sync, {s.parse::<i32>()? for s in v});
snapshot!(dict_map, Sync, {k: v for (k, v) in pairs});
snapshot!(dict_walrus_value, Sync, {k: (n := len(k)) * n for k in keys});
snapshot!(lazy_map, Sync, (x * 2 for x in xs));
snapshot!(lazy_nested_filter, Sync, (x * y for x in xs if x > 0 for y in ys));
snapshot!(lazy_filter, Sync, (x * 2 for x in xs if x > 0));
snapshot!(lazy_try, Sync, (s.parse::<i32>()? for s in v));
snapshot!(lazy_try_first_iterable, Sync, (x for x in load()?));
snapshot!(move_lazy, Sync, move (x * k for x in xs));
snapshot!(walrus_if, Sync, [y for x in xs if (y := f(x)) > 0]);
snapshot!(if_let_let, Sync, [t + z for x in xs if let Some(t) = x.checked_add(1) let z = t * 2]);
snapshot!(conditional_element, Sync, [a if a > 0 else -a for a in xs]);
snapshot!(bare_tuple_pattern, Sync, [k + v for k, v in pairs]);
snapshot!(try_list, Sync, [s.parse::<i32>()? for s in v]);
snapshot!(try_nested, Sync, [x? + y for x in xs for y in ys(x)?]);
snapshot!(conditional_in_tuple, Sync, [(name, "adult" if age >= 18 else "minor") for (name, age) in people]);
snapshot!(chained_comparison, Sync, [i for i in xs if 0 <= i < n]);
snapshot!(typed_let, Sync, [y for x in xs let y: f64 = x as f64]);
// A nested display as the outer expansion writes it (see `prepass`): an
// eager one leaves through a `match` at the display, a lazy one through
// `identity(..)` there, which keeps the type its position expects.
snapshot!(nested_eager_display, Sync, __comp_nested [c * 2 for c in row]);
snapshot!(nested_lazy_display, Sync, __comp_nested (c * 2 for c in row));
snapshot!(lazy_nested_independent, Sync, (cell.len() for row in text.lines() for cell in row.split(',')));
snapshot!(lazy_flatten_owned, Sync, (c for w in words for c in w.chars()));
snapshot!(lazy_flatten_owned_if_let, Sync, (v for line in lines for k in line.split(',') if let Some(&v) = cache.borrow().get(k)));
snapshot!(list_temporary_iterable, Sync, [w for w in line.to_lowercase().split(',') if !w.is_empty()]);

// acomp!
snapshot!(async_list, Async, [x async for x in stream if p(x).await]);
snapshot!(async_list_filter, Async, [x * 3 async for x in stream if x % 3 == 0]);
snapshot!(async_stream_map, Async, [word_count(&l) async for l in lines]);
snapshot!(async_set_nested, Async, {(x, y) async for x in stream for y in 0..x});
snapshot!(async_prefix_await, Async, [await fetch(u)? for u in urls]);
snapshot!(async_flatten, Async, [item async for sub in streams async for item in sub]);
snapshot!(async_dict, Async, {k: fetch(k).await for k in keys});
snapshot!(async_lazy, Async, (x * 2 async for x in stream if x > 0));
snapshot!(async_lazy_try, Async, (parse(s).await? async for s in lines));
snapshot!(async_lazy_awaiting_first_iterable, Async, (x for x in load().await));
snapshot!(concurrency_list, Async, [fetch(u).await for u in urls; concurrency = 10]);
snapshot!(concurrency_try_dict, Async, {k: fetch(k).await? for k in keys; concurrency = n});
snapshot!(concurrency_nested, Async, [f(x, y).await for x in xs for y in ys if x != y; concurrency = 4]);
snapshot!(concurrency_nested_shared, Async, [probe(&host, port).await for host in hosts for port in ports(&host); concurrency = 8]);
snapshot!(async_lazy_nested_eager, Async, ([score(p).await for p in team] for team in teams));
snapshot!(async_nested_generator_awaited_iterable, Async, [Iterator::sum::<u32>(n for n in load(d).await) for d in docs]);
snapshot!(concurrency_lazy_unordered, Async, (f(x).await for x in xs); concurrency = 8, unordered);
snapshot!(spawn_list, Async, [work(&client, x).await for x in xs; concurrency = n, spawn(client)]);
snapshot!(spawn_lazy_nested, Async, (f(name, i).await? for name in names for i in 0..name.len()); concurrency = 4, spawn);

// comp! parallel
snapshot!(parallel_list, Sync, [f(x) for x in xs if p(x); parallel]);
snapshot!(parallel_try_nested, Sync, {k: v? for k in ks for v in vals(k); parallel});
snapshot!(parallel_lazy, Sync, (s.parse::<i32>()? for s in load()?; parallel));

// errors: one compile_error! next to the best-effort expansion.
snapshot!(error_walrus_in_closure, Sync, [g(|| (y := x)) for x in xs]);
snapshot!(error_parse, Sync, [x for x in xs if a and b]);
snapshot!(concurrency_lazy_try, Async, (step(i).await? for i in 0..20); concurrency = 3);
// Half-typed: the normal shape, the broken piece's parsed prefix in place.
snapshot!(half_typed_element, Sync, [u. for u in users]);
snapshot!(half_typed_walrus, Sync, [s for u in users if (s := u.)]);
snapshot!(half_typed_argument, Async, [fetch(u.).await for u in users; concurrency = 4]);
